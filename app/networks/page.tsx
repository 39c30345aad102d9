// /networks: every network, the create form, and the published ports (routing mesh included).
import { mainPage, pageTitle } from "@/components/nav/pages";
import { NetworksView } from "@/components/network/NetworksView";

export const metadata = pageTitle("Networks");

export default mainPage(NetworksView);
