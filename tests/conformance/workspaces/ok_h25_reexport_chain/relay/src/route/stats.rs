use hub::Kind;

pub(super) fn count_data(frames: &[hub::Frame]) -> u32 {
    let mut n = 0;
    for f in frames {
        if let Kind::Data(_) = f.kind {
            n += 1;
        }
    }
    n
}

pub(in crate::route) fn count_closed(frames: &[::wire_proto::Frame]) -> u32 {
    let mut n = 0;
    for f in frames.iter() {
        match f.kind {
            wire_proto::Close { .. } => n += 1,
            _ => {}
        }
    }
    n
}
