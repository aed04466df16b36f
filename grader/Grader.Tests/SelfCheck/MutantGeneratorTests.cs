using Grader.Cli.SelfCheck;
using Grader.Cli.Submissions;
using Grader.Core.Problems;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Tests.SelfCheck;

/// <summary>Each kind of rewrite, on a small source: the mutant it must produce, and the ones it must not.</summary>
public sealed class MutantGeneratorTests
{
    private const string Source = """
        using Grader.Contracts;
        using MathNet.Numerics.LinearAlgebra;

        namespace Sample;

        public sealed class Sample
        {
            private const double Rate = 0.5;
            private double[] _cache = new double[3];

            public double Sum(double a, double b) => a + b;
            public double Difference(double a, double b) => a - b;
            public double Product(double a, double b) => a * b;
            public Matrix<double> MatrixProduct(Matrix<double> m, Matrix<double> n) => m * n;
            public Vector<double> Apply(Matrix<double> m, Vector<double> v) => m * v;
            public string Label(string s) => s + "x";
            public bool Before(int i, int n) => i < n;
            public double Negated(double a) => -a;
            public double Element(Matrix<double> m, int i, int j) => m[i, j];
            public Matrix<double> Outer(Vector<double> u, Vector<double> v) => u.OuterProduct(v);
            public Vector<double> Back(Matrix<double> m, Vector<double> v) => m.TransposeThisAndMultiply(v);
            public Vector<double> Squash(Vector<double> v) => v.PointwiseTanh();
            public Vector<double> Relu(Vector<double> v) => v.PointwiseMaximum(0.0);
            public double Tanh(double a) => Math.Tanh(a);
            public double Gate(double a) => Sigmoid(a);
            public double Half() => 2.5;
            public double Accumulate(double[] xs)
            {
                var total = 0.0;
                for (var t = 0; t < xs.Length; t++)
                {
                    total += xs[t];
                }
                return total;
            }
            private static double Sigmoid(double a) => 1.0 / (1.0 + Math.Exp(-a));
        }
        """;

    private readonly MutantGenerator _generator = new(TestCatalog.All, new SubmissionCompiler());

    public MutantGeneratorTests() => Mutants = Generate(Source);

    private IReadOnlyList<Mutant> Mutants { get; }

    private IReadOnlyList<Mutant> Generate(string source) => _generator.Generate([new SourceFile("Sample.cs", source)]);

    [TestCase("Sum", MutantKind.BinaryOperator, "a + b", "a - b")]
    [TestCase("Sum", MutantKind.DroppedTerm, "a + b", "a")]
    [TestCase("Sum", MutantKind.DroppedTerm, "a + b", "b")]
    [TestCase("Difference", MutantKind.SwappedOperands, "a - b", "b - a")]
    [TestCase("Difference", MutantKind.DroppedTerm, "a - b", "a")]
    [TestCase("Product", MutantKind.BinaryOperator, "a * b", "a / b")]
    [TestCase("MatrixProduct", MutantKind.SwappedOperands, "m * n", "n * m")]
    [TestCase("Before", MutantKind.BinaryOperator, "i < n", "i <= n")]
    [TestCase("Negated", MutantKind.SignDropped, "-a", "a")]
    [TestCase("Element", MutantKind.Transposed, "m[i, j]", "m[j, i]")]
    [TestCase("Outer", MutantKind.Transposed, "u.OuterProduct(v)", "v.OuterProduct(u)")]
    [TestCase("Back", MutantKind.Transposed, "m.TransposeThisAndMultiply(v)", "m * v")]
    [TestCase("Squash", MutantKind.Activation, "v.PointwiseTanh()", "v.Map(mutantArgument => 1.0 / (1.0 + Math.Exp(-mutantArgument)))")]
    [TestCase("Relu", MutantKind.Activation, "v.PointwiseMaximum(0.0)", "v.PointwiseTanh()")]
    [TestCase("Tanh", MutantKind.Activation, "Math.Tanh(a)", "(1.0 / (1.0 + Math.Exp(-(a))))")]
    [TestCase("Gate", MutantKind.Activation, "Sigmoid(a)", "Math.Tanh(a)")]
    [TestCase("Half", MutantKind.Constant, "2.5", "3.5")]
    [TestCase("Accumulate", MutantKind.Constant, "0.0", "1.0")]
    [TestCase("Accumulate", MutantKind.CompoundAssignment, "total += xs[t]", "total -= xs[t]")]
    [TestCase("Accumulate", MutantKind.CompoundAssignment, "total += xs[t]", "total = xs[t]")]
    [TestCase("Accumulate", MutantKind.LoopBound, "xs.Length", "xs.Length - 1")]
    [TestCase("Sigmoid", MutantKind.SignDropped, "-a", "a")]
    [TestCase("Rate", MutantKind.Constant, "0.5", "1.5")]
    public void Each_kind_of_rewrite_produces_its_mutant(string member, MutantKind kind, string original, string replacement)
    {
        var mutant = Mutants.SingleOrDefault(m => m.Member == $"Sample.{member}" && m.Kind == kind && m.Original == original && m.Replacement == replacement);
        Assert.That(mutant, Is.Not.Null, $"expected {original} → {replacement}; got: {string.Join("; ", Mutants.Where(m => m.Member == $"Sample.{member}").Select(m => $"{m.Kind} {m.Description}"))}");
        Assert.That(mutant!.Id, Is.EqualTo($"Sample.cs:Sample.{member}:{kind}:{original} → {replacement}"));
        Assert.That(mutant.MutatedSource, Does.Contain(replacement));
        Assert.That(CSharpSyntaxTree.ParseText(mutant.MutatedSource).GetDiagnostics(), Is.Empty, "the mutant parses");
        Assert.That(mutant.MutatedSource.Replace(replacement, original), Does.Contain(original), "only the site changes");
    }

    [Test]
    public void Arithmetic_that_cannot_be_sensible_is_left_alone()
    {
        Assert.That(Mutants.Where(m => m.Member == "Sample.Label"), Is.Empty, "string concatenation is not arithmetic");
        Assert.That(Mutants.Where(m => m.Member == "Sample.Apply" && m.Replacement == "m / v"), Is.Empty, "a matrix cannot be divided by a vector");
        Assert.That(Mutants.Where(m => m.Member == "Sample.Product" && m.Kind == MutantKind.SwappedOperands), Is.Empty, "scalar products commute");
        Assert.That(Mutants.Where(m => m.Member == "Sample._cache"), Is.Empty, "an instance field's initial value is a placeholder");
    }

    [Test]
    public void Each_mutant_changes_the_source_in_one_place_only()
    {
        foreach (var mutant in Mutants)
        {
            var prefix = Source.Zip(mutant.MutatedSource).TakeWhile(p => p.First == p.Second).Count();
            var suffix = Source.Reverse().Zip(mutant.MutatedSource.Reverse()).TakeWhile(p => p.First == p.Second).Count();
            Assert.That(Source.Length - prefix - suffix, Is.LessThanOrEqualTo(mutant.Original.Length), mutant.Id);
        }
    }

    [Test]
    public void Ids_are_unique_and_survive_code_moving_elsewhere_in_the_file()
    {
        Assert.That(Mutants.Select(m => m.Id), Is.Unique);
        var moved = Generate(Source.Replace("public sealed class Sample\n{", "public sealed class Sample\n{\n    // A comment that moves every line down.\n"));
        Assert.That(moved.Select(m => m.Id), Is.EqualTo(Mutants.Select(m => m.Id)));
        Assert.That(moved.Select(m => m.Line), Is.Not.EqualTo(Mutants.Select(m => m.Line)));
    }

    [Test]
    public void A_file_is_graded_on_the_problems_whose_contracts_it_implements()
    {
        var lstm = Generate(File.ReadAllText(Path.Combine(TestPaths.Root, "reference", "Reference.Solutions", "LstmWorked.cs")));
        Assert.That(lstm, Is.Not.Empty);
        Assert.That(lstm.SelectMany(m => m.Problems).Distinct(), Is.EqualTo(new[] { "lstm-worked" }));
        Assert.That(Mutants.First().Problems, Is.EquivalentTo(TestCatalog.All.Problems.Select(p => p.Id)), "a helper nobody uses may affect any problem");
    }

    [Test]
    public void A_helper_file_is_graded_on_the_problems_of_the_files_that_use_it()
    {
        var folder = Path.Combine(TestPaths.Root, "reference", "Reference.Solutions");
        var files = new[] { "InfoGan.cs", "InfoGanDense.cs", "GruCell.cs" }
            .Select(name => new SourceFile(name, File.ReadAllText(Path.Combine(folder, name)))).ToArray();

        var mutants = _generator.Generate(files);

        var dense = mutants.Where(m => m.File == "InfoGanDense.cs").ToArray();
        Assert.That(dense, Is.Not.Empty);
        Assert.That(dense.SelectMany(m => m.Problems).Distinct(), Is.EqualTo(new[] { "infogan" }));
    }
}
