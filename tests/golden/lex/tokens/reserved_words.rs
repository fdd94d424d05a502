// rustc --edition 2021 (1.95): no lexical diagnostics
abstract become box do final macro override priv typeof unsized virtual yield
as break const continue crate else enum extern false fn for if impl in let loop match mod move mut pub ref return
self Self static struct super trait true type unsafe use where while
