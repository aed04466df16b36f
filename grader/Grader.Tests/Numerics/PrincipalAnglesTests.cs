using Grader.Core.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Grader.Tests.Numerics;

/// <summary>Principal angles by QR and SVD, against angles known by construction.</summary>
public sealed class PrincipalAnglesTests
{
    [TestCase(0.0)]
    [TestCase(0.3)]
    [TestCase(1.2)]
    [TestCase(Math.PI / 2)]
    public void A_plane_turned_by_theta_about_a_shared_axis_has_angles_zero_and_theta(double theta)
    {
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 0, 1 }, { 0, 0 } });
        var b = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0 }, { 0, Math.Cos(theta) }, { 0, Math.Sin(theta) } });
        Assert.That(PrincipalAngles.Between(a, b), Is.EqualTo(new[] { 0.0, theta }).Within(1e-7));
    }

    [Test]
    public void Angles_do_not_depend_on_the_basis_chosen()
    {
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, -1 }, { 0, 1 }, { 2, 2 } });
        var mix = Matrix<double>.Build.DenseOfArray(new double[,] { { 3, 1 }, { -2, 5 } });
        Assert.That(PrincipalAngles.Between(a, a * mix), Has.All.LessThan(1e-7));
    }

    [Test]
    public void Dependent_columns_and_mismatched_rows_are_refused()
    {
        var a = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 2, 4 }, { 3, 6 } });
        Assert.That(() => PrincipalAngles.Between(a, Matrix<double>.Build.DenseIdentity(3)), Throws.ArgumentException);
        Assert.That(() => PrincipalAngles.Between(Matrix<double>.Build.DenseIdentity(2), Matrix<double>.Build.DenseIdentity(3)), Throws.ArgumentException);
    }
}
