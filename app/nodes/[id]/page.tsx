// /nodes/:id — what docker node inspect --pretty shows, and the node's tasks (docker node ps); :id is an ID, a hostname or an ID prefix.
import { referencePage } from "@/components/nav/pages";
import { NodeDetailView } from "@/components/node/NodeDetailView";

const page = referencePage("Node", NodeDetailView);
export const generateMetadata = page.generateMetadata;
export default page.Page;
