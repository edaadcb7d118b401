using OpenApiClientGenerator.Helpers;

namespace OpenApiClientGenerator.Model;

/// <summary>
/// Everything the emitter needs to know about one spec, already named for C#.
/// </summary>
/// <remarks>
/// Contract: this record and everything it holds are immutable and compare by value (strings, enums,
/// bools and <see cref="EquatableArray{T}"/>). It holds no Roslyn or Microsoft.OpenApi object and no
/// line numbers, so an edit that does not change what is generated leaves it equal and the emit step cached.
/// </remarks>
internal sealed record SpecModel(
    string SpecPath,
    string SpecFileName,
    string Namespace,
    string ClientName,
    bool IsPublic,
    string Title,
    string Version,
    string? Description,
    string? ServerUrl,
    bool GenerateMock,
    EquatableArray<OperationModel> Operations,
    EquatableArray<TypeModel> Types,
    EquatableArray<SecuritySchemeModel> SecuritySchemes,
    EquatableArray<GroupModel> Groups);
