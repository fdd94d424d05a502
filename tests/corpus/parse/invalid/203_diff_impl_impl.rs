// `impl` written twice in an unsafe trait impl (a copy-paste slip).
use std::ptr;

/// Owns a raw buffer handed over by a C library.
pub struct Handle {
    data: *mut u8,
    len: usize,
}

unsafe impl Send for Handle {}
unsafe impl impl Sync for Handle {}

impl Handle {
    pub fn empty() -> Self {
        Handle { data: ptr::null_mut(), len: 0 }
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_null() || self.len == 0
    }
}

fn main() {
    println!("{}", Handle::empty().is_empty());
}
