package io.troubleshooter.guide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeTokensTest {

    @ParameterizedTest
    @ValueSource(strings = {"UserErrorSnapshotRGNotFound", "AFSMaxSnapshotReached", "ResourceNotFound", "AuthorizationFailed",
            "ERROR_ACCESS_DENIED", "AZCM0147", "0x800706BE", "-2147023170", "BCMV2VMNotFound"})
    void codeShapedTokensAreCodes(String token) {
        assertTrue(CodeTokens.isNamedCode(token), token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BitLocker", "VMware", "PowerShell", "ErrorCode", "VMSnapshot", "HKEY_LOCAL_MACHINE",
            "REG_DWORD", "Windows", "28031", "snake_case_name", "", "-", "0x"})
    void productNamesLabelWordsAndBareNumbersAreNot(String token) {
        assertFalse(CodeTokens.isNamedCode(token), token);
    }

    @Test
    void numbersAreIdsWhereTheTextNamesThemSo() {
        assertEquals(List.of("28031"), CodeTokens.codes("Failover failed with Error ID 28031"));
        assertEquals(List.of("95107", "95108"), CodeTokens.codes("資格情報チェック (ErrorID: 95107 および 95108)"));
        assertEquals(List.of("7", "0x7", "511"), CodeTokens.codes("VSS エラー 7 [0x7] - 終了コード 511"));
        assertEquals(List.of("6008"), CodeTokens.codes("Unexpected shutdown message (Event ID 6008)"));
    }

    @Test
    void yearsVersionsAndCountsAreNotIds() {
        assertEquals(List.of(), CodeTokens.codes("Windows Server 2016 with 12 disks"));
        assertEquals(List.of(), CodeTokens.codes("LVM support from 9.20 version"));
        assertEquals(List.of("ResourceNotFound"), CodeTokens.codes("ResourceNotFound in 3 regions"));
    }

    @Test
    void severalCodesInOneHeadingKeepTheirOrder() {
        assertEquals(List.of("320001", "ResourceNotFound", "400094", "BCMV2VMNotFound"),
                CodeTokens.codes("320001, ResourceNotFound: no such VM / 400094, BCMV2VMNotFound: gone"));
    }
}
