// /timeline: the swarm's recorded history, newest first, filtered, each entry linking to the board at its moment. The view reads its filters from the URL, hence the Suspense boundary.
import { Suspense } from "react";
import { TimelineView } from "@/components/history/TimelineView";
import { pageTitle } from "@/components/nav/pages";

export const metadata = pageTitle("Timeline");

export default function TimelinePage() {
  return (
    <Suspense fallback={null}>
      <TimelineView />
    </Suspense>
  );
}
