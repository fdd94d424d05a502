async fn postfix(v: Vec<(u8, (u8, u8))>) -> Option<u8> {
    let a = v.len();
    let b = v.iter().map(|x| x.0).collect::<Vec<u8>>();
    let c = v[0].1.0;
    let d = v.get(0)?.0;
    let e = other().await;
    let f = move |x: u8, y| -> u8 { x + y };
    let g = || 1;
    let h = async move { 1 };
    let i = std::mem::size_of::<u64>();
    let j = <Vec<u8> as Default>::default();
    let k = Vec::<u8>::with_capacity(10);
    let l = unsafe { *ptr };
    let m = const { 1 + 1 };
    Some(a as u8)
}
