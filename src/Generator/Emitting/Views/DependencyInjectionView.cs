namespace OpenApiClientGenerator.Emitting.Views;

/// <summary>The <c>services.Add{ClientName}(...)</c> extensions of one client.</summary>
internal sealed class DependencyInjectionView
{
    public FileView File { get; set; } = new();

    public string ClassName { get; set; } = string.Empty;

    public string MethodName { get; set; } = string.Empty;

    public string ClientName { get; set; } = string.Empty;

    public string InterfaceName { get; set; } = string.Empty;

    public string OptionsName { get; set; } = string.Empty;
}
