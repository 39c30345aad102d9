// /present: the projection view (read-only, full screen, no nav). It reads ?p= and ?theme= from the URL, hence the Suspense boundary.
import { Suspense } from "react";
import { PresentView } from "@/components/present/PresentView";

export default function PresentPage() {
  return (
    <main>
      <Suspense fallback={null}>
        <PresentView />
      </Suspense>
    </main>
  );
}
