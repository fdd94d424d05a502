pub struct RawBuf {
    ptr: *mut u8,
    len: usize,
}

impl RawBuf {
    unsafe pub fn get(&self, i: usize) -> u8 {
        *self.ptr.add(i)
    }
}

fn main() {
    let mut data = [1u8, 2, 3];
    let b = RawBuf { ptr: data.as_mut_ptr(), len: data.len() };
    println!("{}", unsafe { b.get(1) } + b.len as u8);
}
