using ActiveProspect.LeadConduit;
using ActiveProspect.TrustedForm.V4;

var flows = LeadConduitClientMockHandler.CreateClient(out var handler);
var list = await flows.Flows.ListAsync();
Console.WriteLine($"{list.Count} flow(s): {list[0].Name}");
