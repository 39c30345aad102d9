// How Swarmscope's demo engine names itself in GET /version (Platform.Name): every client that sees it labels the swarm as simulated.
export const DEMO_PLATFORM = "Swarmscope demo swarm (simulated)";

/** What the demo cannot do, in words: its engine answers container calls with this, and the pages that need containers show it. */
export const DEMO_NO_CONTAINERS = "the demo swarm is simulated by Swarmscope and runs no containers; use a real engine for docker run, exec, attach and container inspect";
