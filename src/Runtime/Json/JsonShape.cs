namespace OpenApiClientGenerator.Runtime;

/// <summary>The JSON shape a union variant accepts.</summary>
public enum JsonShape
{
    /// <summary>Any JSON value.</summary>
    Any,

    /// <summary>A JSON object.</summary>
    Object,

    /// <summary>A JSON array.</summary>
    Array,

    /// <summary>A JSON string.</summary>
    String,

    /// <summary>Any JSON number.</summary>
    Number,

    /// <summary>A JSON number without a fraction.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,
}
