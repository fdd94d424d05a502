pub mod inner;

pub fn depth() -> u32 {
    2
}
