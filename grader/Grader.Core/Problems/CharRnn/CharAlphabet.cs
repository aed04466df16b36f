using Grader.Core.Numerics;

namespace Grader.Core.Problems.CharRnn;

/// <summary>The 27 characters of <c>char-rnn</c> and their numbers: space is 0, a is 1, …, z is 26.</summary>
public static class CharAlphabet
{
    public const string Characters = " abcdefghijklmnopqrstuvwxyz";

    public static int Size => Characters.Length;

    /// <summary>The number of a character, or −1 for one outside the alphabet.</summary>
    public static int IndexOf(char ch) => ch == ' ' ? 0 : ch is >= 'a' and <= 'z' ? ch - 'a' + 1 : -1;

    /// <summary>A text as the vector of its characters' numbers (−1 for a character outside the alphabet).</summary>
    public static NumericArray Encode(string text) => NumericArray.FromVector(text.Select(ch => (double)IndexOf(ch)).ToArray());

    /// <summary>Raw text as the vector of its UTF-16 code units, the way fixtures carry it.</summary>
    public static NumericArray CodeUnits(string text) => NumericArray.FromVector(text.Select(ch => (double)ch).ToArray());

    public static string FromCodeUnits(NumericArray codes) => new(codes.Data.Select(c => (char)(int)c).ToArray());

    /// <summary>The text of a vector of character numbers.</summary>
    public static string Decode(NumericArray numbers) => new(numbers.Data.Select(n => Characters[(int)n]).ToArray());

    /// <summary>Each row of a matrix of character numbers as an int array.</summary>
    public static int[][] Rows(NumericArray matrix)
    {
        var (rows, columns) = (matrix.Shape[0], matrix.Shape[1]);
        return Enumerable.Range(0, rows)
            .Select(r => matrix.Data.AsSpan(r * columns, columns).ToArray().Select(v => (int)v).ToArray())
            .ToArray();
    }

    /// <summary>Windows of character numbers as a matrix, one row per window; null for null; throws when a row is
    /// null or not <paramref name="columns"/> long.</summary>
    public static NumericArray? ToMatrix(int[][]? rows, int columns)
    {
        if (rows is null)
        {
            return null;
        }
        if (rows.Any(r => r is null || r.Length != columns))
        {
            throw new ArgumentException($"Every window must have {columns} characters.");
        }
        return new NumericArray([rows.Length, columns], rows.SelectMany(r => r.Select(v => (double)v)).ToArray());
    }
}
