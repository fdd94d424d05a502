// edition:2024
// Edition 2024 FFI: `unsafe extern` blocks with `safe`/`unsafe` items, link attributes, variadics.
use std::ffi::{c_char, c_int, c_void, CStr};

#[link(name = "c")]
unsafe extern "C" {
    pub safe fn abs(value: c_int) -> c_int;
    pub unsafe fn strlen(s: *const c_char) -> usize;
    fn printf(format: *const c_char, ...) -> c_int;
    pub safe static errno_placeholder: c_int;
    static mut environ: *const *const c_char;
    #[link_name = "malloc"]
    fn c_malloc(size: usize) -> *mut c_void;
    fn free(ptr: *mut c_void);
}

unsafe extern "system" {
    fn GetLastErrorPlaceholder() -> u32;
}

unsafe extern {
    safe fn implicit_abi();
}

#[unsafe(no_mangle)]
pub extern "C" fn exported_add(a: c_int, b: c_int) -> c_int {
    a.wrapping_add(b)
}

#[unsafe(export_name = "renamed_sub")]
pub extern "C" fn exported_sub(a: c_int, b: c_int) -> c_int {
    a - b
}

pub type Callback = unsafe extern "C" fn(*mut c_void, c_int) -> c_int;

fn c_string_length(s: &CStr) -> usize {
    // SAFETY: CStr guarantees a terminating NUL.
    unsafe { strlen(s.as_ptr()) }
}

fn main() {
    let n = abs(-5);
    let len = c_string_length(c"hello");
    unsafe {
        printf(c"%d %zu\n".as_ptr(), n, len);
        let p = c_malloc(16);
        free(p);
    }
}
