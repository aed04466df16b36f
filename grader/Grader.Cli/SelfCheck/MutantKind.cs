namespace Grader.Cli.SelfCheck;

/// <summary>The kinds of wrong code selfcheck writes into the answer key, each a slip a student could make.</summary>
public enum MutantKind
{
    /// <summary>+ ↔ −, * ↔ /, &lt; ↔ &lt;=, == ↔ !=, &amp;&amp; ↔ ||.</summary>
    BinaryOperator,

    /// <summary>+= ↔ −=, *= ↔ /=, and += → = (an accumulation that keeps only the last term).</summary>
    CompoundAssignment,

    /// <summary>−x → x: a sign dropped.</summary>
    SignDropped,

    /// <summary>a − b → b − a, a / b → b / a, A * B → B * A for matrices.</summary>
    SwappedOperands,

    /// <summary>m[i, j] → m[j, i], a.OuterProduct(b) → b.OuterProduct(a), Aᵀb → Ab.</summary>
    Transposed,

    /// <summary>A for loop that runs one step fewer or more.</summary>
    LoopBound,

    /// <summary>a + b → a, a − b → a, a ⊙ b → a, a * b → a: a term or factor left out.</summary>
    DroppedTerm,

    /// <summary>tanh ↔ σ, ReLU → tanh.</summary>
    Activation,

    /// <summary>A number changed: k → k + 1.</summary>
    Constant,
}
