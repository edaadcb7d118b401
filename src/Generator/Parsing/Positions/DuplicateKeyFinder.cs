using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using SharpYaml;
using SharpYaml.Events;

namespace OpenApiClientGenerator.Parsing.Positions;

/// <summary>
/// Finds the first key that repeats within one JSON object or YAML mapping. The OpenAPI reader rejects such
/// documents without saying where (for JSON not even why), so the syntax check asks this to point at the repeat.
/// </summary>
internal static class DuplicateKeyFinder
{
    /// <summary>The repeated key and where its second occurrence starts (zero-based), or null.</summary>
    public static (string Key, int Line, int Column)? Find(string text, bool isYaml)
    {
        try
        {
            return isYaml ? FindInYaml(text) : FindInJson(text);
        }
        catch (YamlException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (string Key, int Line, int Column)? FindInJson(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var objects = new Stack<HashSet<string>?>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    objects.Push(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.StartArray:
                    objects.Push(null);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    objects.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    var key = reader.GetString() ?? string.Empty;
                    if (objects.Peek() is { } keys && !keys.Add(key))
                    {
                        var offset = Encoding.UTF8.GetCharCount(bytes, 0, (int)reader.TokenStartIndex);
                        var position = new LineMap(text).At(offset, 1);
                        return (key, position.Line, position.Column);
                    }

                    break;
            }
        }

        return null;
    }

    private static (string Key, int Line, int Column)? FindInYaml(string text)
    {
        var parser = Parser.CreateParser(new StringReader(text));
        var stack = new Stack<Frame>();
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    if (stack.Count > 0)
                    {
                        stack.Peek().Advance();
                    }

                    stack.Push(new Frame(parser.Current is MappingStart));
                    break;
                case MappingEnd or SequenceEnd:
                    stack.Pop();
                    break;
                case Scalar scalar when stack.Count > 0:
                    var frame = stack.Peek();
                    if (frame.Keys is { } keys && frame.ExpectingKey && !keys.Add(scalar.Value))
                    {
                        return (scalar.Value, scalar.Start.Line, scalar.Start.Column);
                    }

                    frame.Advance();
                    break;
                case AnchorAlias when stack.Count > 0:
                    stack.Peek().Advance();
                    break;
            }
        }

        return null;
    }

    private sealed class Frame
    {
        public Frame(bool isMapping)
        {
            Keys = isMapping ? new HashSet<string>(StringComparer.Ordinal) : null;
        }

        /// <summary>The keys seen so far; null for a sequence.</summary>
        public HashSet<string>? Keys { get; }

        public bool ExpectingKey { get; private set; } = true;

        /// <summary>One key or value of this node has been read.</summary>
        public void Advance()
        {
            if (Keys is not null)
            {
                ExpectingKey = !ExpectingKey;
            }
        }
    }
}
