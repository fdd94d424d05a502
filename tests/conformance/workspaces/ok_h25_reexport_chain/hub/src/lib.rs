//! Re-exports proto's public surface and adds routing.
pub use proto::*;
pub use proto::wire as codec;

pub mod table;

pub fn route(f: &Frame) -> Port {
    match f.kind {
        Ping => 0,
        Data(_) => f.port,
        Close { code } => code,
    }
}
