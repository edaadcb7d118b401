namespace OpenApiClientGenerator.Model;

/// <summary>A tag's sub-client: <c>client.Flows</c>. Operations without tags stay on the root client.</summary>
/// <param name="PropertyName">The property on the root client.</param>
/// <param name="ClassName">The sub-client class (its interface adds an <c>I</c>).</param>
/// <param name="Tag">The tag as written in the spec.</param>
internal sealed record GroupModel(string PropertyName, string ClassName, string Tag, string? Description);
