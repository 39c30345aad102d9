// /topology: nodes, overlay networks and tasks as a live force graph.
import { mainPage, pageTitle } from "@/components/nav/pages";
import { TopologyView } from "@/components/topology/TopologyView";

export const metadata = pageTitle("Topology");

export default mainPage(TopologyView);
