// End to end in Chromium on the real lab swarm: the topology follows the CLI live and in place, networks are created from the form, the detail lists task addresses as the engine has them, and the containers view explains --network none.
import { expect, type Page, test } from "@playwright/test";
import { cidrsOverlap, parseCidr } from "../lib/cidr";
import { docker, dockerJsonLines, LAB_IMAGE, uniqueName, createLabService, runLabContainer } from "../test/support/docker-cli";

const prefix = uniqueName("e2e");
const collabnet = `${prefix}-collabnet`;
const service = `${prefix}-collab`;
const formnet = `${prefix}-formnet`;
const overlapnet = `${prefix}-overlap`;
const noneBox = `${prefix}-none`;
const dnsBox = `${prefix}-dns`;
const REPLICAS = 3;

test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  await docker("service", "rm", service).catch(() => undefined);
  await docker("rm", "-f", noneBox, dnsBox).catch(() => undefined);
  // A network can only go once its tasks are gone: retry for a while.
  for (let i = 0; i < 60; i++) {
    const left = (await dockerJsonLines("network", "ls")).filter((n) => [collabnet, formnet, overlapnet].includes(n.Name)).map((n) => n.Name);
    if (left.length === 0) break;
    await docker("network", "rm", ...left).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1000));
  }
});

async function live(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId("connection")).toHaveAttribute("data-state", "live");
}

/** A /24 in 10.250.0.0/16 that overlaps no network the manager has now (the lab's pool is 10.240.0.0/16). */
async function freeSubnet(): Promise<string> {
  const ids = (await dockerJsonLines("network", "ls")).map((n) => n.ID);
  const inspected = JSON.parse(await docker("network", "inspect", ...ids)) as { IPAM?: { Config?: { Subnet?: string }[] } }[];
  const taken = inspected
    .flatMap((n) => n.IPAM?.Config ?? [])
    .map((c) => (c.Subnet ? parseCidr(c.Subnet) : null))
    .filter((c) => c !== null);
  const start = 130 + Math.floor(Math.random() * 100);
  for (let i = 0; i < 120; i++) {
    const candidate = `10.250.${130 + ((start - 130 + i) % 120)}.0/24`;
    const block = parseCidr(candidate)!;
    if (!taken.some((t) => cidrsOverlap(t, block))) return candidate;
  }
  throw new Error("no free /24 in 10.250.130.0–10.250.249.0");
}

async function runningTasks(name: string) {
  return (await dockerJsonLines("service", "ps", "--no-trunc", "--filter", "desired-state=running", name)).filter((t) => t.CurrentState.startsWith("Running"));
}

test("topology: an overlay network and a service created with the CLI join the live graph in place", async ({ page }) => {
  await live(page, "/topology");
  const graph = page.getByTestId("topology");
  const swarmNodes = graph.locator('[data-testid="topo-node"][data-kind="node"]');
  await expect(swarmNodes).toHaveCount(5);
  const tasks = graph.locator(`[data-testid="topo-node"][data-kind="task"][data-service-name="${service}"]`);
  await expect(tasks).toHaveCount(0);

  // Handles on elements drawn before the change: the same DOM elements must still be there afterwards.
  const keptId = await swarmNodes.first().getAttribute("data-id");
  const keptNode = await swarmNodes.first().elementHandle();
  const keptSvg = await graph.elementHandle();

  await docker("network", "create", "-d", "overlay", "--label", "e2e=networks", collabnet);
  const netId = (await docker("network", "inspect", "-f", "{{.Id}}", collabnet)).trim();
  const netNode = graph.locator(`[data-testid="topo-node"][data-kind="network"][data-id="${netId}"]`);
  await expect(netNode).toHaveCount(1);
  await expect(netNode).toContainText(collabnet.slice(0, 10));

  await createLabService(service, REPLICAS, "--network", collabnet, "--stop-grace-period", "1s", LAB_IMAGE, "sleep", "86400");
  await expect(tasks).toHaveCount(REPLICAS);
  await expect.poll(async () => (await runningTasks(service)).length, { timeout: 60_000 }).toBe(REPLICAS);
  const ps = await runningTasks(service);
  for (const t of ps) await expect(graph.locator(`[data-testid="topo-node"][data-kind="task"][data-id="${t.ID}"]`)).toHaveCount(1);

  // The network's readout: every task of the service, grouped by the nodes the CLI says they run on.
  const nodes = new Set(ps.map((t) => t.Node));
  await netNode.focus();
  const readout = page.getByTestId("topology-focus");
  await expect(readout).toContainText(`${REPLICAS} tasks on ${nodes.size} node${nodes.size === 1 ? "" : "s"}`);
  for (const node of nodes) await expect(readout).toContainText(node);

  // The legend names the service with its colour; zoomed in, every task dot says its name.
  await expect(page.locator(`[data-testid="topology-legend-service"][data-service-name="${service}"]`)).toBeVisible();
  const box = (await graph.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -600);
  await expect(graph).toHaveClass(/topo-zoomed/);
  await expect(tasks.first().locator(".topo-label")).toBeVisible();
  await expect(tasks.first().locator(".topo-label")).toHaveText(new RegExp(`^${service}\\.\\d+$`));

  // Updated in place: the svg and a swarm node drawn before are the very same elements.
  const same = await page.evaluate(
    ([node, svg, id]) => node === document.querySelector(`[data-testid="topo-node"][data-id="${id}"]`) && svg === document.querySelector('[data-testid="topology"]'),
    [keptNode, keptSvg, keptId] as const,
  );
  expect(same).toBe(true);
});

test("create a network from the form: the live command, the list, docker network inspect, and an overlapping subnet refused", async ({ page }) => {
  await live(page, "/networks");
  const subnet = await freeSubnet();
  await page.getByTestId("open-create-network").click();
  const form = page.getByTestId("create-network-form");
  await form.getByTestId("network-form-name").fill(formnet);
  await form.getByTestId("network-form-subnet").fill(subnet);
  await form.getByTestId("network-form-labels").fill("team=e2e");
  const cli = `docker network create --driver overlay --attachable --subnet ${subnet} --label team=e2e ${formnet}`;
  await expect(form.getByTestId("cli-preview")).toHaveText(cli);
  await expect(form.getByTestId("field-error")).toHaveCount(0);
  await form.getByTestId("network-form-submit").click();

  await expect(form.getByTestId("action-feedback")).toHaveAttribute("data-status", "ok");
  await expect(form.getByTestId("action-cli")).toHaveText(cli);
  const row = page.locator(`[data-testid="network-row"][data-network-name="${formnet}"]`);
  await expect(row).toContainText(subnet);
  await expect(row).toContainText("attachable");
  await expect(row).toContainText("team=e2e");
  const raw = JSON.parse(await docker("network", "inspect", formnet))[0];
  expect(raw).toMatchObject({ Driver: "overlay", Scope: "swarm", Attachable: true, Labels: { team: "e2e" } });
  expect(raw.IPAM.Config[0].Subnet).toBe(subnet);
  await expect(row).toHaveAttribute("data-network-id", raw.Id);

  // The same subnet again overlaps: the field says so before anything is sent, and nothing is created.
  await form.getByTestId("network-form-name").fill(overlapnet);
  await form.getByTestId("network-form-subnet").fill(subnet);
  const subnetError = form.locator('[data-testid="field-error"][data-field="subnet"]');
  await expect(subnetError).toHaveText(`subnet ${subnet} overlaps ${subnet} of network ${formnet}`);
  await form.getByTestId("network-form-submit").click();
  await expect(form.getByTestId("form-blocked")).toBeVisible();
  await expect(subnetError).toBeVisible();
  expect((await dockerJsonLines("network", "ls")).filter((n) => n.Name === overlapnet)).toEqual([]);
});

test("network detail: every task with the address docker inspect gives it, live attach, and removal refused while in use", async ({ page }) => {
  await live(page, `/networks/${collabnet}`);
  const ps = await runningTasks(service);
  expect(ps).toHaveLength(REPLICAS);
  for (const t of ps) {
    const task = JSON.parse(await docker("inspect", "--type", "task", t.ID))[0];
    const attachment = task.NetworksAttachments.find((a: { Network: { Spec: { Name: string } } }) => a.Network.Spec.Name === collabnet);
    const row = page.locator(`[data-testid="network-task-row"][data-task-id="${t.ID}"]`);
    await expect(row.getByTestId("task-address")).toHaveText(attachment.Addresses.join(", "));
    await expect(row).toContainText(t.Node);
    await expect(row).toHaveAttribute("data-state", "running");
  }
  await expect(page.locator(`[data-testid="network-service"][data-service-name="${service}"]`)).toBeVisible();

  // Removing a network in use: the server's refusal, in words, and the network stays.
  await page.getByTestId("remove-network").click();
  // Before the click: the command it runs, and that the engine will refuse because the service is attached.
  await expect(page.getByTestId("cli-preview")).toHaveText(`docker network rm ${collabnet}`);
  await expect(page.getByTestId("confirm-warning")).toContainText(`In use by service ${service} and ${REPLICAS} live tasks`);
  await page.getByTestId("confirm-remove-network").click();
  await expect(page.getByTestId("action-feedback")).toHaveAttribute("data-status", "failed");
  await expect(page.getByTestId("action-error")).toContainText(`${collabnet} is still in use by services ${service}`);
  // No field chip (the user filled in none), and never Docker's own load-balancer endpoint as something to detach.
  await expect(page.getByTestId("action-error")).toHaveAttribute("data-field", "");
  await expect(page.getByTestId("action-error")).not.toContainText(`${collabnet}-endpoint`);
  await expect(page.getByTestId("action-cli")).toHaveText(`docker network rm ${collabnet}`);
  expect((await docker("network", "inspect", "-f", "{{.Name}}", collabnet)).trim()).toBe(collabnet);

  // Attach the service to the form's network from that network's page: its tasks show up there without a reload.
  await live(page, `/networks/${formnet}`);
  await expect(page.getByTestId("network-task-row")).toHaveCount(0);
  const select = page.getByTestId("attach-service-select");
  const serviceId = (await docker("service", "inspect", "-f", "{{.ID}}", service)).trim();
  await select.selectOption(serviceId);
  await page.getByTestId("attach-service").click();
  await expect(page.getByTestId("action-feedback")).toHaveAttribute("data-status", "ok");
  await expect(page.getByTestId("action-cli")).toHaveText(`docker service update --network-add ${formnet} ${service}`);
  const spec = JSON.parse(await docker("service", "inspect", service))[0].Spec.TaskTemplate.Networks as { Target: string }[];
  const formnetId = (await docker("network", "inspect", "-f", "{{.Id}}", formnet)).trim();
  expect(spec.map((n) => n.Target)).toContain(formnetId);
  await expect(page.locator('[data-testid="network-task-row"][data-state="running"]')).toHaveCount(REPLICAS, { timeout: 120_000 });
  await expect(page.locator(`[data-testid="network-service"][data-service-name="${service}"]`)).toBeVisible();
});

test("containers: --network none says only loopback exists; DNS, search domains and hostname as docker inspect shows them", async ({ page }) => {
  await runLabContainer(noneBox, "--network", "none");
  await runLabContainer(dnsBox, "--dns", "10.9.9.9", "--dns-search", "lab.example", "--hostname", "e2ebox", "--add-host", "db.lab:10.1.2.3");
  const none = JSON.parse(await docker("inspect", noneBox))[0];
  expect(none.HostConfig.NetworkMode).toBe("none");
  const dns = JSON.parse(await docker("inspect", dnsBox))[0];

  await live(page, "/containers");
  const noneRow = page.locator(`[data-testid="container-row"][data-container-name="${noneBox}"]`);
  await expect(noneRow).toHaveAttribute("data-network-mode", "none");
  await expect(noneRow.getByTestId("loopback-only")).toContainText("Only the loopback interface exists (network mode none).");

  const dnsRow = page.locator(`[data-testid="container-row"][data-container-name="${dnsBox}"]`);
  await expect(dnsRow.getByTestId("loopback-only")).toHaveCount(0);
  await expect(dnsRow.getByTestId("container-dns")).toHaveText(dns.HostConfig.Dns.join(", "));
  await expect(dnsRow.getByTestId("container-dns-search")).toHaveText(dns.HostConfig.DnsSearch.join(", "));
  await expect(dnsRow.getByTestId("container-hostname")).toHaveText(dns.Config.Hostname);
  await expect(dnsRow.getByTestId("container-extra-hosts")).toHaveText(dns.HostConfig.ExtraHosts.join(", "));
  const bridge = dns.NetworkSettings.Networks.bridge;
  const net = dnsRow.locator('[data-testid="container-network"][data-network-name="bridge"]');
  await expect(net.getByTestId("container-address")).toHaveText(`${bridge.IPAddress}/${bridge.IPPrefixLen}`);
  await expect(net.getByTestId("container-mac")).toHaveText(bridge.MacAddress);
});
