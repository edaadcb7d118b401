using System.Collections.Generic;
using System.IO;
using SharpYaml;
using SharpYaml.Events;

namespace OpenApiClientGenerator.Parsing.Positions;

/// <summary>
/// Walks YAML parse events and records where the wanted pointers' keys (or sequence items) start.
/// SharpYaml marks are zero-based, like Roslyn's line positions.
/// </summary>
internal static class YamlPositionScanner
{
    public static void Scan(string text, PointerPositionSet set)
    {
        var parser = Parser.CreateParser(new StringReader(text));
        var stack = new Stack<Frame>();
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current;
                switch (current)
                {
                    case MappingStart or SequenceStart:
                        var pointer = stack.Count == 0 ? JsonPointer.Root : stack.Peek().TakeValuePointer(set);
                        if (stack.Count == 0)
                        {
                            set.Record(JsonPointer.Root, At(current));
                        }
                        else if (stack.Peek().IsSequence && pointer is not null)
                        {
                            set.Record(pointer, At(current));
                        }

                        stack.Push(new Frame(current is SequenceStart, pointer));
                        break;
                    case MappingEnd or SequenceEnd:
                        stack.Pop();
                        break;
                    case Scalar scalar when stack.Count > 0:
                        var frame = stack.Peek();
                        if (!frame.IsSequence && frame.ExpectingKey)
                        {
                            frame.SetKey(scalar.Value, set);
                            if (frame.PendingPointer is not null)
                            {
                                set.Record(frame.PendingPointer, At(scalar));
                            }
                        }
                        else
                        {
                            var item = frame.TakeValuePointer(set);
                            if (frame.IsSequence && item is not null)
                            {
                                set.Record(item, At(scalar));
                            }
                            else if (item is not null)
                            {
                                set.RecordValue(item, scalar.Value);
                            }
                        }

                        break;
                    case AnchorAlias when stack.Count > 0:
                        stack.Peek().TakeValuePointer(set);
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // Malformed YAML: keep what was found.
        }
    }

    private static TextPosition At(ParsingEvent parsingEvent) =>
        new(parsingEvent.Start.Index, parsingEvent.Start.Line, parsingEvent.Start.Column, System.Math.Max(1, parsingEvent.End.Index - parsingEvent.Start.Index));

    private sealed class Frame
    {
        private readonly string? _pointer;
        private int _index;

        public Frame(bool isSequence, string? pointer)
        {
            IsSequence = isSequence;
            _pointer = pointer;
            ExpectingKey = true;
        }

        public bool IsSequence { get; }

        public bool ExpectingKey { get; private set; }

        public string? PendingPointer { get; private set; }

        public void SetKey(string key, PointerPositionSet set)
        {
            PendingPointer = _pointer is not null && set.IsWanted(_pointer) ? JsonPointer.Append(_pointer, key) : null;
            ExpectingKey = false;
        }

        /// <summary>The pointer of the value about to be read (null when nothing below it is wanted).</summary>
        public string? TakeValuePointer(PointerPositionSet set)
        {
            if (IsSequence)
            {
                var item = _pointer is not null && set.IsWanted(_pointer) ? JsonPointer.Append(_pointer, _index) : null;
                _index++;
                return item;
            }

            ExpectingKey = true;
            return PendingPointer;
        }
    }
}
