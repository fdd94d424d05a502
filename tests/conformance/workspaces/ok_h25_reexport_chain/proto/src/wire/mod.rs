pub mod frame;

pub(in crate::wire) fn pad(len: usize) -> usize {
    (len + 3) / 4 * 4
}

pub fn padded(len: usize) -> usize {
    pad(len)
}
