using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Problems.LinearAutoencoder;
using MathNet.Numerics.LinearAlgebra;
using Reference.Generator.Fixtures;

namespace Reference.Generator.LinearAutoencoder;

/// <summary>The <c>linear-autoencoder</c> fixtures: data with a chosen spectrum in a random rotation, well separated
/// at k or (hidden) with σ_{k+1}/σ_k close to 1.</summary>
public sealed class LinearAutoencoderFixtures : IFixtureGenerator, IKnownMistakes
{
    private const int Samples = 60;

    public static readonly IReadOnlyList<(FixtureSet Set, string Name, long Seed, int K, double[] Spectrum)> Cases =
    [
        (FixtureSet.Public, "separated-d5-k2", 31, 2, [5, 3, 1, 0.5, 0.2]),
        (FixtureSet.Public, "one-unit-d4", 32, 1, [4, 1.5, 1, 0.5]),
        (FixtureSet.Public, "close-gap-d5-k2", 33, 2, [4, 2, 1.9, 0.6, 0.2]),
        (FixtureSet.Hidden, "separated-d8-k3", 131, 3, [6, 5, 4, 1, 0.8, 0.5, 0.3, 0.2]),
        (FixtureSet.Hidden, "close-gap-d6-k2", 132, 2, [4, 2, 1.9, 0.5, 0.3, 0.1]),
    ];

    public static readonly IReadOnlyDictionary<AutoencoderFlaw, string> MistakeNames = new Dictionary<AutoencoderFlaw, string>
    {
        [AutoencoderFlaw.NotCentred] = LinearAutoencoderMistakes.NotCentred,
        [AutoencoderFlaw.GrandMeanCentred] = LinearAutoencoderMistakes.GrandMeanCentred,
        [AutoencoderFlaw.RowsCentred] = LinearAutoencoderMistakes.RowsCentred,
        [AutoencoderFlaw.Standardised] = LinearAutoencoderMistakes.Standardised,
        [AutoencoderFlaw.SmallestComponents] = LinearAutoencoderMistakes.SmallestComponents,
    };

    /// <summary>Both quantities are told apart by their tolerance, the angles too although a criterion judges them:
    /// 0.01 rad from 0 (the criterion widens that on a close gap; the answer key is within it everywhere), the error
    /// 0.1 % from PCA's optimum.</summary>
    private readonly FixtureBuilder<AutoencoderFlaw> _builder =
        new(new LinearAutoencoderModule(), MistakeNames, flaw => new FlawedLinearAutoencoder(flaw), comparedWith: q => q.Tolerance);

    public IReadOnlyDictionary<string, Func<object>> FlawedImplementations => _builder.FlawedImplementations;

    public string Problem => LinearAutoencoderModule.ProblemId;

    public IEnumerable<(FixtureSet Set, Fixture Fixture)> Generate() =>
        Cases.Select(c => (c.Set, Build(c.Name, c.Seed, c.K, c.Spectrum)));

    /// <summary>Rows of Z·diag(s·√m)·Qᵀ + μ, Z with centred orthonormal columns and Q a random rotation, rounded to three
    /// decimals: the centred data's singular values are s·√m up to the rounding.</summary>
    public static Matrix<double> Data(long seed, double[] spectrum)
    {
        var random = new SeededRandom(seed);
        var d = spectrum.Length;
        var rotation = Matrix<double>.Build.Dense(d, d, (_, _) => random.Symmetric(1)).QR().Q;
        var z = Matrix<double>.Build.Dense(Samples, d, (_, _) => random.Symmetric(1));
        var means = z.ColumnSums() / Samples;
        z.MapIndexedInplace((_, c, v) => v - means[c]);
        var scores = z.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin).Q
            * Matrix<double>.Build.DenseOfDiagonalArray(spectrum.Select(s => s * Math.Sqrt(Samples)).ToArray());
        return (scores * rotation.Transpose()).MapIndexed((_, c, v) => Math.Round(v + c + 1, 3));
    }

    private Fixture Build(string name, long seed, int k, double[] spectrum)
    {
        var inputs = new Dictionary<string, NumericArray>
        {
            ["data"] = NumericArray.FromMatrix(Data(seed, spectrum)),
            ["k"] = NumericArray.Scalar(k),
        };
        var pca = PcaReference.Of(inputs["data"].ToMatrix(), k);
        var expected = new Dictionary<string, NumericArray>
        {
            ["principal_angles"] = NumericArray.FromVector(new double[k]),
            ["reconstruction_error"] = NumericArray.Scalar(pca.OptimalError),
        };
        if (_builder.Differences(inputs, expected, new Reference.Solutions.LinearAutoencoder()).Count > 0)
        {
            throw new InvalidOperationException($"{name}: the answer key does not reach PCA's subspace and error.");
        }
        return _builder.WithExpected(name, seed, inputs, expected);
    }
}
