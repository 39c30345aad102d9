// /stacks — every stack with its services, networks, secrets and configs, live; deploy, edit, remove.
import { pageTitle, shellPage } from "@/components/nav/pages";
import { StacksList } from "@/components/stacks/StacksList";

export const metadata = pageTitle("Stacks");

export default shellPage("Stacks", <StacksList />);
