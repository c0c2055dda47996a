"""The source documents a data pack cites (`sources/documents.yaml`): a `source:` entry is a
document id of this list or a URL, and reports name a document by its title."""

from pydantic import Field

from endorse_cli.models.common import Strict


class SourceDocument(Strict):
    """A document the data pack's facts come from."""

    id: str = Field(
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
        description="What `source:` entries write, e.g. erikson-iecmh-crosswalk",
    )
    title: str = Field(min_length=1, description="The document's title, as reports cite it")
    publisher: str = Field(min_length=1, description="Who published it")
    url: str | None = Field(
        None,
        pattern=r"^https?://\S+$",
        description="Where it can be found, when the source gives it",
    )


class SourceList(Strict):
    """The file `sources/documents.yaml`."""

    documents: list[SourceDocument] = Field(min_length=1)
