using System.Text;

namespace OpenApiClientGenerator.Parsing.Positions;

/// <summary>
/// Walks JSON text and records where the wanted pointers' keys (or array items) start. Subtrees that hold no
/// wanted pointer are skipped without building pointers. Stops quietly at malformed input.
/// </summary>
internal sealed class JsonPositionScanner
{
    private readonly string _text;
    private readonly PointerPositionSet _set;
    private readonly LineMap _lines;
    private int _position;

    private JsonPositionScanner(string text, PointerPositionSet set)
    {
        _text = text;
        _set = set;
        _lines = new LineMap(text);
    }

    public static void Scan(string text, PointerPositionSet set)
    {
        var scanner = new JsonPositionScanner(text, set);
        try
        {
            scanner.SkipWhitespace();
            set.Record(JsonPointer.Root, scanner._lines.At(scanner._position, 1));
            scanner.Value(JsonPointer.Root, wanted: true);
        }
        catch (System.IndexOutOfRangeException)
        {
            // Malformed or truncated JSON: keep what was found.
        }
        catch (System.FormatException)
        {
        }
    }

    private void Value(string pointer, bool wanted)
    {
        SkipWhitespace();
        switch (_text[_position])
        {
            case '{':
                Object(pointer, wanted);
                break;
            case '[':
                Array(pointer, wanted);
                break;
            case '"':
                String(decode: false);
                break;
            default:
                while (_position < _text.Length && ",}] \t\r\n".IndexOf(_text[_position]) < 0)
                {
                    _position++;
                }

                break;
        }
    }

    private void Object(string pointer, bool wanted)
    {
        _position++;
        SkipWhitespace();
        if (_text[_position] == '}')
        {
            _position++;
            return;
        }

        while (true)
        {
            SkipWhitespace();
            var keyStart = _position;
            var key = String(decode: wanted);
            string? child = null;
            if (wanted)
            {
                child = JsonPointer.Append(pointer, key!);
                _set.Record(child, _lines.At(keyStart, _position - keyStart));
            }

            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            if (child is not null && _text[_position] == '"' && _set.WantsValue(child))
            {
                _set.RecordValue(child, String(decode: true)!);
            }
            else
            {
                Value(child ?? pointer, child is not null && _set.IsWanted(child));
            }

            SkipWhitespace();
            if (_text[_position] == ',')
            {
                _position++;
                continue;
            }

            Expect('}');
            return;
        }
    }

    private void Array(string pointer, bool wanted)
    {
        _position++;
        SkipWhitespace();
        if (_text[_position] == ']')
        {
            _position++;
            return;
        }

        for (var index = 0; ; index++)
        {
            SkipWhitespace();
            string? child = null;
            if (wanted)
            {
                child = JsonPointer.Append(pointer, index);
                _set.Record(child, _lines.At(_position, 1));
            }

            Value(child ?? pointer, child is not null && _set.IsWanted(child));
            SkipWhitespace();
            if (_text[_position] == ',')
            {
                _position++;
                continue;
            }

            Expect(']');
            return;
        }
    }

    private string? String(bool decode)
    {
        Expect('"');
        var builder = decode ? new StringBuilder() : null;
        while (true)
        {
            var c = _text[_position++];
            if (c == '"')
            {
                return builder?.ToString();
            }

            if (c != '\\')
            {
                builder?.Append(c);
                continue;
            }

            var escaped = _text[_position++];
            switch (escaped)
            {
                case 'u':
                    builder?.Append((char)int.Parse(_text.Substring(_position, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
                    _position += 4;
                    break;
                case 'n':
                    builder?.Append('\n');
                    break;
                case 't':
                    builder?.Append('\t');
                    break;
                case 'r':
                    builder?.Append('\r');
                    break;
                case 'b':
                    builder?.Append('\b');
                    break;
                case 'f':
                    builder?.Append('\f');
                    break;
                default:
                    builder?.Append(escaped);
                    break;
            }
        }
    }

    private void Expect(char expected)
    {
        if (_text[_position] != expected)
        {
            throw new System.FormatException();
        }

        _position++;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }
}
