pub fn level() -> u32 {
    super::depth() * 10 + crate::util::nested::depth()
}
