// /networks/:id — one network, live; :id is an ID, a name or a unique ID prefix.
import { referencePage } from "@/components/nav/pages";
import { NetworkDetailView } from "@/components/network/NetworkDetailView";

const page = referencePage("Network", NetworkDetailView, true);
export const generateMetadata = page.generateMetadata;
export default page.Page;
