fn main() {
    let a=1;let b=2 ;
    let c = a+-b;
    let d = a- -b;
    let e = !-a;
    let f = -!a;
    let g = (a<b)==true;
    let h = (a<b)==(b>a);
    let i = &&a;
    let j = **i+1;
    let k = 5..=-1;
    let r = 1..;
    let t = ..3;
    println!("{} {} {} {} {} {} {} {:?} {:?} {:?}", c, d, e, f, g, h, j, k, r, t);
    let arr = [10, 20, 30, 40];
    let s = &arr[..];
    let s2 = &arr[1..=2];
    let s3 = &arr[..=0];
    println!("{:?} {:?} {:?}", s, s2, s3);
    let m = 2 * -3 as i64;
    let n = -3i32 as u8 as i32;
    println!("{} {}", m, n);
}
