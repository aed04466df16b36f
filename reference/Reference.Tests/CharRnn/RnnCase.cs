using MathNet.Numerics.LinearAlgebra;
using Reference.Generator;

namespace Reference.Tests.CharRnn;

/// <summary>A random char-rnn and one random sequence, for gradient tests.</summary>
internal sealed record RnnCase(Matrix<double> U, Matrix<double> W, Matrix<double> V, Vector<double> B, Vector<double> C, int[] Inputs, int[] Targets)
{
    private const int K = 27;

    public static RnnCase Random(int hidden, int length, long seed)
    {
        var random = new SeededRandom(seed);
        Matrix<double> M(int rows, int columns) => Matrix<double>.Build.Dense(rows, columns, (_, _) => random.Symmetric(0.6));
        Vector<double> Vec(int n) => Vector<double>.Build.Dense(n, _ => random.Symmetric(0.3));
        int[] Chars() => Enumerable.Range(0, length).Select(_ => random.NextInt(K)).ToArray();
        return new RnnCase(M(hidden, K), M(hidden, hidden), M(K, hidden), Vec(hidden), Vec(K), Chars(), Chars());
    }

    public Reference.Solutions.CharRnn Key() => new() { U = U, W = W, V = V, B = B, C = C };

    public Generator.CharRnn.FastCharRnn Fast() => new(
        W.RowCount, U.ToRowMajorArray(), W.ToRowMajorArray(), V.ToRowMajorArray(), B.ToArray(), C.ToArray());

    public static IEnumerable<TestCaseData> Shapes()
    {
        (int Hidden, int Length)[] shapes = [(1, 1), (3, 1), (5, 2), (4, 3), (7, 5), (6, 10), (10, 10), (8, 25), (2, 25), (12, 4)];
        return shapes.Select((s, i) => new TestCaseData(s.Hidden, s.Length, 500L + i).SetName($"H={s.Hidden}, T={s.Length}"));
    }
}
