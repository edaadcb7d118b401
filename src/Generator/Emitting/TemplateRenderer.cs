using System;
using System.Collections.Concurrent;
using System.IO;
using Scriban;
using Scriban.Runtime;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Renders the embedded Scriban templates. Each template is parsed once per process; every render gets a
/// fresh <see cref="TemplateContext"/>, because contexts are not thread-safe.
/// </summary>
internal static class TemplateRenderer
{
    private static readonly ConcurrentDictionary<string, Template> Templates = new(StringComparer.Ordinal);

    public static string Render(string name, object model)
    {
        var template = Templates.GetOrAdd(name, Load);
        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        var context = new TemplateContext
        {
            LoopLimit = int.MaxValue,
            RecursiveLimit = 64,
            LimitToString = 0,
            MemberRenamer = StandardMemberRenamer.Default,
            NewLine = "\n",
        };
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private static Template Load(string name)
    {
        var resource = "Templates." + name + ".sbn-cs";
        using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded template " + resource);
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd().Replace("\r\n", "\n"), resource);
        if (template.HasErrors)
        {
            throw new InvalidOperationException("Template " + resource + " has errors: " + string.Join("; ", template.Messages));
        }

        return template;
    }
}
