// edition:2024
// A safe wrapper around a C-style API: unsafe extern declarations, RAII handles, callbacks.
use std::ffi::{c_char, c_int, c_void, CStr, CString};
use std::ptr::NonNull;

#[repr(C)]
pub struct RawDb {
    _private: [u8; 0],
}

pub type RowCallback = unsafe extern "C" fn(user: *mut c_void, ncols: c_int, values: *mut *mut c_char) -> c_int;

unsafe extern "C" {
    fn db_open(path: *const c_char, out: *mut *mut RawDb) -> c_int;
    fn db_close(db: *mut RawDb) -> c_int;
    fn db_exec(db: *mut RawDb, sql: *const c_char, cb: Option<RowCallback>, user: *mut c_void) -> c_int;
    safe fn db_errstr(code: c_int) -> *const c_char;
}

pub struct Database {
    raw: NonNull<RawDb>,
}

#[derive(Debug)]
pub struct DbError(pub c_int, pub String);

fn check(code: c_int) -> Result<(), DbError> {
    if code == 0 {
        return Ok(());
    }
    let msg = unsafe { CStr::from_ptr(db_errstr(code)) }.to_string_lossy().into_owned();
    Err(DbError(code, msg))
}

unsafe extern "C" fn collect_rows(user: *mut c_void, ncols: c_int, values: *mut *mut c_char) -> c_int {
    let rows = unsafe { &mut *(user as *mut Vec<Vec<String>>) };
    let mut row = Vec::with_capacity(ncols as usize);
    for i in 0..ncols as usize {
        let v = unsafe { *values.add(i) };
        row.push(if v.is_null() { String::new() } else { unsafe { CStr::from_ptr(v) }.to_string_lossy().into() });
    }
    rows.push(row);
    0
}

impl Database {
    pub fn open(path: &str) -> Result<Self, DbError> {
        let c_path = CString::new(path).map_err(|_| DbError(-1, "nul in path".into()))?;
        let mut raw = std::ptr::null_mut();
        check(unsafe { db_open(c_path.as_ptr(), &mut raw) })?;
        NonNull::new(raw).map(|raw| Database { raw }).ok_or(DbError(-2, "null handle".into()))
    }

    pub fn query(&self, sql: &str) -> Result<Vec<Vec<String>>, DbError> {
        let c_sql = CString::new(sql).unwrap();
        let mut rows: Vec<Vec<String>> = Vec::new();
        let user = &mut rows as *mut Vec<Vec<String>> as *mut c_void;
        check(unsafe { db_exec(self.raw.as_ptr(), c_sql.as_ptr(), Some(collect_rows), user) })?;
        Ok(rows)
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        unsafe {
            db_close(self.raw.as_ptr());
        }
    }
}

fn main() {
    if std::env::args().count() > 5 {
        let db = Database::open("test.db").expect("open");
        println!("{:?}", db.query("select 1"));
    }
}
