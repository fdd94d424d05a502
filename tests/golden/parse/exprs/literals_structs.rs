fn literals() {
    let _ = (1, 2.5, 'c', b'b', "s", b"bytes", r"raw", r#"raw "hash""#, c"cstr", 1u8, 0xffi64, 1e10, true, false);
    let _ = ();
    let _ = (1,);
    let _ = [1, 2, 3];
    let _ = [0u8; 16];
    let _ = Point { x: 1, y: 2 };
    let _ = Point { x, ..Default::default() };
    let _ = Tuple { 0: 1, 1: 2 };
    let _ = Enum::Variant { field: 1 };
    let _ = r#match;
    println!("{} {x:?}", 1, x = 2);
    vec![1, 2, 3];
}
