// How Swarmscope's demo engine names itself in GET /version (Platform.Name): every client that sees it labels the swarm as simulated.
export const DEMO_PLATFORM = "Swarmscope demo swarm (simulated)";
