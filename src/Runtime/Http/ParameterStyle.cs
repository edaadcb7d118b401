namespace OpenApiClientGenerator.Runtime;

/// <summary>The OpenAPI <c>style</c> of a parameter.</summary>
public enum ParameterStyle
{
    /// <summary><c>form</c>: <c>a=1&amp;a=2</c> (explode) or <c>a=1,2</c>.</summary>
    Form,

    /// <summary><c>spaceDelimited</c>: <c>a=1%202</c>.</summary>
    SpaceDelimited,

    /// <summary><c>pipeDelimited</c>: <c>a=1|2</c>.</summary>
    PipeDelimited,

    /// <summary><c>deepObject</c>: <c>a[key]=value</c>.</summary>
    DeepObject,

    /// <summary><c>simple</c>: <c>1,2</c>.</summary>
    Simple,

    /// <summary><c>label</c>: <c>.1.2</c>.</summary>
    Label,

    /// <summary><c>matrix</c>: <c>;a=1;a=2</c>.</summary>
    Matrix,
}
