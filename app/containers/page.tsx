// /containers: container network facts (mode, addresses, DNS, hosts, links) on the nodes Swarmscope can inspect.
import { mainPage, pageTitle } from "@/components/nav/pages";
import { ContainersView } from "@/components/container/ContainersView";

export const metadata = pageTitle("Containers");

export default mainPage(ContainersView);
