// Every function qualifier combination that stable Rust allows.
use std::future::Future;

pub const fn square(x: u32) -> u32 {
    x * x
}

pub async fn fetch_len(url: &str) -> usize {
    url.len()
}

pub unsafe fn read_raw(ptr: *const u8) -> u8 {
    unsafe { *ptr }
}

pub extern "C" fn c_callback(code: i32) -> i32 {
    code + 1
}

pub const unsafe fn const_unsafe(x: *const i32) -> *const i32 {
    x
}

pub async unsafe fn async_unsafe(x: *const u64) -> u64 {
    unsafe { *x }
}

pub unsafe extern "C" fn unsafe_c(x: *mut i32) {
    unsafe {
        *x = 0;
    }
}

pub const extern "C" fn const_c() -> i32 {
    7
}

extern "C" fn no_pub_c() {}

extern fn implicit_c_abi() {}

pub(crate) fn crate_visible() {}

mod nested {
    pub(super) fn parent_visible() {}
    pub(in crate::nested) fn deep() {}
}

pub(in crate) fn path_visible() {}

pub(self) fn self_visible() {}

fn returns_future() -> impl Future<Output = usize> {
    async { fetch_len("x").await }
}

const SIZE: u32 = square(4);

fn main() {
    let byte = 42u8;
    let value = unsafe { read_raw(&byte) };
    println!("{value} {} {}", c_callback(1), SIZE);
    let _ = returns_future();
    no_pub_c();
    implicit_c_abi();
}
