from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

__version__: str

class InputError(Exception):
    """Input that could not be read at all (the command line exits 2)."""

    @property
    def message(self) -> str: ...
    @property
    def line(self) -> Optional[int]: ...
    @property
    def column(self) -> Optional[int]: ...

class Report:
    summary: Dict[str, int]
    diagnostics: List[Dict[str, Any]]
    def __init__(self, summary: Dict[str, int], diagnostics: List[Dict[str, Any]]) -> None: ...
    @property
    def ok(self) -> bool: ...
    def to_dict(self) -> Dict[str, Any]: ...

class RecordIterator(Iterator[Dict[str, Any]]):
    def __iter__(self) -> "RecordIterator": ...
    def __next__(self) -> Dict[str, Any]: ...
    @property
    def summary(self) -> Optional[Dict[str, int]]: ...

class Validator:
    def __init__(
        self,
        *,
        profiles: Sequence[str] = (),
        select: Sequence[str] = (),
        ignore: Sequence[str] = (),
    ) -> None: ...
    def validate(self, text: Union[str, bytes], *, input_format: str = "json") -> Report: ...
    def validate_records(self, records: Iterable[Union[str, bytes]]) -> RecordIterator: ...

def validate(
    text: Union[str, bytes],
    *,
    input_format: str = "json",
    profiles: Sequence[str] = (),
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> Report: ...
def validate_records(
    records: Iterable[Union[str, bytes]],
    *,
    profiles: Sequence[str] = (),
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> RecordIterator: ...
def export(dataset_text: str, *, base: Optional[str] = None, format: str = "jsonld") -> str: ...
def schema(type_name: Optional[str] = None) -> Dict[str, Any]: ...
def rules() -> List[Dict[str, Any]]: ...
