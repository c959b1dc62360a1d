"""First-name genders from the name tables of the nomquamgender package."""
import subprocess
import sys

from onrecord.speakers.genders import first_name_gender, is_counted_first_name


def test_first_name_gender_of_names_from_many_countries():
    assert [first_name_gender(w) for w in ("Efua", "Kwame", "Priya", "Viktor", "Zoë")] == ["f", "m", "f", "m", "f"]


def test_first_name_gender_of_a_name_borne_by_both_or_by_nobody_is_none():
    assert [first_name_gender(w) for w in ("Jordan", "Kim", "Taylor", "Qwxyz")] == [None, None, None, None]


def test_first_name_gender_does_not_import_the_package_and_pandas():
    code = ("import sys; from onrecord.speakers.genders import first_name_gender; first_name_gender('Efua'); "
            "print('nomquamgender' in sys.modules or 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_name_borne_by_both_is_still_a_first_name_and_a_made_up_word_is_not():
    assert [is_counted_first_name(w) for w in ("Jen", "Raj", "Jordan", "Qwxyz", "Chamber")] == [True, True, True, False,
                                                                                                False]
