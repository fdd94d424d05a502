// `as` casts mixed with arithmetic, comparisons, unary operators and method calls.
fn checksum(data: &[u8]) -> u16 {
    let mut sum: u32 = 0;
    for &b in data {
        sum = sum.wrapping_add(b as u32) & 0xffff;
    }
    !(sum as u16)
}

fn average(values: &[i32]) -> f64 {
    values.iter().sum::<i32>() as f64 / values.len() as f64
}

fn main() {
    let x = 300i32;
    let truncated = x as u8 as char;
    let wide = -1i8 as u8 as u32;
    let neg = -x as i64;
    let shifted = (x as u64) << 2 >> 1;
    let cmp = (x as u8) < 10;
    let cmp2 = x as usize > 10;
    let sum = 1 + 2 as i32 * 3;
    let ptr = &x as *const i32 as usize;
    let deref = *&x as i64;
    let unit = () as ();
    let f = 3.7_f64 as i32 as f32;
    let call = (x as f64).sqrt() as u32;
    let boolean = true as i32 + false as i32;
    let ch = b'a' as char;
    let code = 'z' as u32 - 'a' as u32;
    let range: Vec<i32> = (0..x as usize % 5).map(|i| i as i32).collect();
    let fn_ptr = main as fn() as usize;
    let arr_ptr = [1u8, 2].as_ptr() as *const u16;
    let mut_ptr = &mut 5 as *mut i32 as *const i32;
    println!("{truncated} {wide} {neg} {shifted} {cmp} {cmp2} {sum} {} {deref}", ptr != 0);
    println!("{unit:?} {f} {call} {boolean} {ch} {code} {range:?} {}", fn_ptr != 0);
    println!("{} {:.2} {} {}", checksum(b"abc"), average(&[1, 2, 4]), arr_ptr.is_null(), mut_ptr.is_null());
    let as_type: u8 = 1 as _;
    let generic = 5u16 as u64 as usize;
    println!("{as_type} {generic}");
}
