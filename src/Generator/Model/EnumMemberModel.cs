namespace OpenApiClientGenerator.Model;

/// <summary>A known value of a string enum.</summary>
/// <param name="Name">The C# member name.</param>
/// <param name="Value">The wire value, exactly as in the spec.</param>
/// <param name="Description">From <c>x-enumDescriptions</c> and similar extensions, when present.</param>
internal sealed record EnumMemberModel(string Name, string Value, string? Description);
