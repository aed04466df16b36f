using System.Text;

namespace Reference.Generator.CharRnn;

/// <summary>Deterministic raw text of pseudo-English sentences from a seed: common words with a Zipf-like frequency,
/// capitals, punctuation, digits and stray white space, so that preparing it has something to do. The char-rnn
/// fixtures and tests use it; no book or downloaded text is needed.</summary>
public sealed class PseudoEnglish(long seed)
{
    private static readonly string[] Words =
    [
        "the", "of", "and", "to", "in", "a", "is", "that", "species", "as", "be", "by", "on", "which", "with", "for",
        "natural", "selection", "have", "are", "from", "varieties", "we", "may", "this", "not", "it", "or", "so",
        "life", "forms", "many", "some", "will", "new", "would", "same", "long", "there", "more", "been", "much",
        "can", "its", "all", "than", "other", "under", "into", "great", "animals", "plants", "conditions", "when",
    ];

    private static readonly string[] Endings = [". ", ". ", ". ", "! ", "? ", ".\n", ";  "];

    private readonly SeededRandom _random = new(seed);
    private readonly double[] _cumulative = Cumulative();

    /// <summary>Whole sentences until the text has at least <paramref name="length"/> characters, cut to that length.</summary>
    public string Text(int length)
    {
        var text = new StringBuilder(length + 100);
        while (text.Length < length)
        {
            Sentence(text);
        }
        return text.ToString(0, length);
    }

    private void Sentence(StringBuilder text)
    {
        var words = 4 + _random.NextInt(9);
        for (var w = 0; w < words; w++)
        {
            var word = _random.NextInt(20) == 0 ? (1800 + _random.NextInt(100)).ToString() : Word();
            text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            text.Append(w == words - 1 ? Endings[_random.NextInt(Endings.Length)] : _random.NextInt(8) == 0 ? ", " : " ");
        }
    }

    private string Word()
    {
        var u = _random.NextDouble() * _cumulative[^1];
        var k = 0;
        while (_cumulative[k] <= u)
        {
            k++;
        }
        return Words[k];
    }

    private static double[] Cumulative()
    {
        var cumulative = new double[Words.Length];
        var sum = 0.0;
        for (var r = 0; r < Words.Length; r++)
        {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        return cumulative;
    }
}
