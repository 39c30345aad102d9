// /secrets — every secret (docker secret ls) with the services using it; create from text or a file, remove.
import { pageTitle, shellPage } from "@/components/nav/pages";
import { SwarmDataPage } from "@/components/swarm-data/SwarmDataPage";

export const metadata = pageTitle("Secrets");

export default shellPage("Secrets", <SwarmDataPage kind="secret" />);
