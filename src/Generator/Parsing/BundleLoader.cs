using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.OpenApi;
using OpenApiClientGenerator.Pipeline;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// Serves external <c>$ref</c> targets to Microsoft.OpenApi from the texts the pipeline already holds. Only
/// other spec items of the project are served; URLs and any other path are refused, never fetched or read.
/// </summary>
internal sealed class BundleLoader : IStreamLoader
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly string _mainPath;

    public BundleLoader(SpecBundle bundle)
    {
        _mainPath = bundle.Main.Path;
        foreach (var document in bundle.Documents)
        {
            if (document.Text is not null)
            {
                _texts[SpecBundle.Normalize(document.Path)] = document.Text;
            }
        }
    }

    public Task<Stream> LoadAsync(Uri baseUrl, Uri uri, CancellationToken cancellationToken)
    {
        var from = baseUrl is { IsAbsoluteUri: true, IsFile: true } ? baseUrl.LocalPath : _mainPath;
        var path = uri.IsAbsoluteUri
            ? (uri.IsFile ? SpecBundle.Normalize(uri.LocalPath) : null)
            : SpecBundle.Resolve(from, uri.OriginalString);
        if (path is null || !_texts.TryGetValue(path, out var text))
        {
            throw new OpenApiException("The reference '" + uri.OriginalString + "' is not an OpenApiSpec item of this project and is not read.");
        }

        return Task.FromResult<Stream>(new MemoryStream(Encoding.UTF8.GetBytes(text)));
    }
}
