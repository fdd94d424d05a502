// Raw pointer types and operations: *const, *mut, pointer casts, offsets, &raw borrows, null checks.
use std::ptr;

#[repr(C)]
struct Header {
    len: u32,
    kind: u8,
}

unsafe fn sum_raw(data: *const i32, len: usize) -> i32 {
    let mut total = 0;
    for i in 0..len {
        total += unsafe { *data.add(i) };
    }
    total
}

fn fill(buf: *mut u8, len: usize, byte: u8) {
    if buf.is_null() {
        return;
    }
    unsafe {
        ptr::write_bytes(buf, byte, len);
    }
}

struct Node {
    value: i32,
    next: *mut Node,
    prev: *const Node,
}

fn main() {
    let data = [1, 2, 3, 4];
    let total = unsafe { sum_raw(data.as_ptr(), data.len()) };
    let mut buf = [0u8; 8];
    fill(buf.as_mut_ptr(), buf.len(), 0xAB);
    let h = Header { len: 4, kind: 1 };
    let hp: *const Header = &h;
    let len_ptr: *const u32 = unsafe { &raw const (*hp).len };
    let bytes = hp as *const u8;
    let void_ptr = hp as *const ();
    let mut n2 = Node { value: 2, next: ptr::null_mut(), prev: ptr::null() };
    let mut n1 = Node { value: 1, next: &mut n2 as *mut Node, prev: ptr::null() };
    n2.prev = &n1 as *const Node;
    let second = unsafe { (*n1.next).value };
    let pp: *const *const Node = &n2.prev;
    let first_again = unsafe { (**pp).value };
    let mut x = 10;
    let mp = &raw mut x;
    unsafe {
        *mp += 1;
        mp.write(mp.read() * 2);
    }
    let fat: *const [u8] = &buf[..2] as *const [u8];
    let dyn_ptr: *const dyn std::fmt::Debug = &h.kind;
    n1.value += 0;
    println!("{total} {:?} {} {} {} {second} {first_again} {x}", buf, unsafe { *len_ptr }, bytes.is_null(), void_ptr.is_null());
    println!("{} {} {}", fat.len(), dyn_ptr.is_null(), h.kind);
}
