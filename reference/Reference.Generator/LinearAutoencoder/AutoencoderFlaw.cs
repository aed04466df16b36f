namespace Reference.Generator.LinearAutoencoder;

/// <summary>Known wrong ways to train the linear autoencoder; each is recorded in the fixtures under its mistake name.</summary>
public enum AutoencoderFlaw
{
    NotCentred,
    GrandMeanCentred,
    RowsCentred,
    Standardised,
    SmallestComponents,
}
