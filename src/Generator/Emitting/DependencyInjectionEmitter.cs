using OpenApiClientGenerator.Emitting.Views;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Builds the view of <c>{ClientName}ServiceCollectionExtensions</c>: <c>services.Add{ClientName}(...)</c> registers
/// the root client as a typed client of IHttpClientFactory. Emitted only when the compilation references
/// Microsoft.Extensions.Http, so the runtime library never depends on Microsoft.Extensions.
/// </summary>
internal static class DependencyInjectionEmitter
{
    public static GeneratedSource Emit(SpecModel spec, FileView file)
    {
        // Same namespace as the client (not Microsoft.Extensions.DependencyInjection): two specs may share a
        // ClientName in different namespaces, and code that injects the client imports that namespace anyway.
        var view = new DependencyInjectionView
        {
            File = file,
            ClassName = spec.ClientName + "ServiceCollectionExtensions",
            MethodName = "Add" + spec.ClientName,
            ClientName = spec.ClientName,
            InterfaceName = "I" + spec.ClientName,
            OptionsName = spec.ClientName + "Options",
        };
        return new GeneratedSource(spec.Namespace + "." + view.ClassName + ".g.cs", TemplateRenderer.Render("Client.DependencyInjection", view));
    }
}
