// /services/:id — a service's spec, tasks (docker service ps) and live logs; :id is an ID, a name or a unique ID prefix.
import { referencePage } from "@/components/nav/pages";
import { ServiceDetailView } from "@/components/service/ServiceDetailView";

const page = referencePage("Service", ServiceDetailView);
export const generateMetadata = page.generateMetadata;
export default page.Page;
